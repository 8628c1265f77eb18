/** One step of the form: its questions, the error summary first, and for the police force an area picker. */
import type { ComponentChildren, Ref } from 'preact';
import AreaPicker, { type AreaPickerText } from '../../components/area/AreaPicker.tsx';
import ErrorSummary from '../../components/forms/ErrorSummary.tsx';
import type { ForceOption } from '../../components/forms/FormField.tsx';
import { say, type FormText } from '../../components/forms/FormText.ts';
import type { Area } from '../../areas/area.ts';
import type { Answers, FieldSpec, StepSpec } from '../../forms/shared/layout-types.ts';
import { visibleFields } from '../../forms/shared/visible-answers.ts';

interface Props {
  step: StepSpec;
  answers: Answers;
  locale: string;
  text: FormText;
  forces: ForceOption[];
  progress: string;
  summaryErrors: { name: string; message: string }[];
  attempt: number;
  areaText: AreaPickerText;
  areas: Area[] | undefined;
  area: Area | undefined;
  notice: ComponentChildren;
  headingRef: Ref<HTMLHeadingElement>;
  field: (field: FieldSpec) => ComponentChildren;
  onFirstAreaUse: () => void;
  onChooseArea: (area: Area | undefined) => void;
  onBack: () => void;
  onContinue: () => void;
}

export default function StepView(props: Props) {
  const { step, answers, locale, text, forces, area } = props;
  return (
    <form
      class="request-form"
      autocomplete="off"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onContinue();
      }}
    >
      {props.notice}
      <p class="progress">{props.progress}</p>
      <h2 ref={props.headingRef} tabIndex={-1}>
        {say(text, `steps.${step.id}.title`)}
      </h2>
      <ErrorSummary text={text} errors={props.summaryErrors} attempt={props.attempt} />
      {step.id === 'force' && (
        <AreaPicker
          id="request-area"
          locale={locale}
          text={props.areaText}
          areas={props.areas}
          chosen={area}
          onFirstUse={props.onFirstAreaUse}
          onChoose={props.onChooseArea}
        />
      )}
      {area && step.id === 'force' && (
        <p class="hint">{say(text, 'ui.areaForce', { area: area.name, force: forces.find((force) => force.id === area.force)?.name ?? '' })}</p>
      )}
      {visibleFields(step, answers).map((field) => props.field(field))}
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={props.onBack}>
          {say(text, 'ui.back')}
        </button>
        <button type="submit" class="button">
          {say(text, 'ui.continue')}
        </button>
      </div>
    </form>
  );
}
