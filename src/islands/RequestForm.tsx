/**
 * The Clare's Law request and the safe call-back request. Rendered at build as one long
 * form that posts without JavaScript; once running in the browser it becomes a Formik form
 * in steps ("Step 2 of 6"), with a review before sending, checked at each step with the same
 * yup schema the handler uses. Nothing is stored: answers live in memory only, and quick
 * exit (or closing the page) loses them.
 *
 * This file holds the state (which screen, Formik's answers and errors); the screens are in
 * ./request-form/ (LongForm, IntroView, StepView, ReviewView, OutcomeView), and so are the
 * idle timeout, the leave warning and the network call.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useFormik } from 'formik';
import { ValidationError } from 'yup';
import { formLayouts, forms, honeypotField, type FormId } from '../forms/index.ts';
import type { Answers, FieldSpec, StepSpec } from '../forms/shared/layout-types.ts';
import { visibleAnswers, visibleFields, visibleSteps } from '../forms/shared/visible-answers.ts';
import FormField, { type ForceOption } from '../components/forms/FormField.tsx';
import IdleDialog from '../components/forms/IdleDialog.tsx';
import type { AreaPickerText } from '../components/area/AreaPicker.tsx';
import type { Area } from '../areas/area.ts';
import { fetchAreas } from '../areas/fetch-areas.ts';
import type { Helpline } from '../components/HelplineLinks.tsx';
import { errorText, say, withQuestion, type FormText } from '../components/forms/FormText.ts';
import Honeypot from './request-form/Honeypot.tsx';
import IntroView from './request-form/IntroView.tsx';
import LongForm from './request-form/LongForm.tsx';
import OutcomeView from './request-form/OutcomeView.tsx';
import ReviewView from './request-form/ReviewView.tsx';
import StepView from './request-form/StepView.tsx';
import type { Outcome } from './request-form/outcome.ts';
import { sendRequest } from './request-form/send-request.ts';
import { useIdleTimeout } from './request-form/use-idle-timeout.ts';
import { useLeaveWarning } from './request-form/use-leave-warning.ts';

export { idleClearAfterMs, idleWarnAfterMs } from './request-form/use-idle-timeout.ts';

interface Props {
  formId: FormId;
  locale: string;
  text: FormText;
  forces: ForceOption[];
  helplines: Helpline[];
  areasUrl: string;
  areaText: AreaPickerText;
}

const emptyAnswers = (steps: StepSpec[]): Answers =>
  Object.fromEntries(steps.flatMap((step) => step.fields.map((field) => [field.name, field.kind === 'checkboxes' ? [] : ''])));

export default function RequestForm({ formId, locale, text, forces, helplines, areasUrl, areaText }: Props) {
  const layout = formLayouts[formId];
  const definition = forms[formId]!;
  const action = `/api/forms/${formId}`;
  // Without JavaScript (and at build) the long form; in the browser, steps.
  const [enhanced, setEnhanced] = useState(false);
  // -1 is the "before you start" screen; steps.length is the review.
  const [stepIndex, setStepIndex] = useState(-1);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [summaryShown, setSummaryShown] = useState(false);
  // Each Continue that found errors: the summary takes focus again even when the errors are the same.
  const [attempt, setAttempt] = useState(0);
  // Came from "Change" on the review: Continue goes straight back to the review (GOV.UK's pattern).
  const [changing, setChanging] = useState(false);
  const [areas, setAreas] = useState<Area[] | undefined>(undefined);
  const [area, setArea] = useState<Area | undefined>(undefined);
  const honeypot = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const formik = useFormik<Answers>({
    initialValues: emptyAnswers(layout.steps),
    validateOnBlur: false,
    validateOnChange: false,
    onSubmit: async (values) => send(values),
  });
  const answers = formik.values;
  const steps = visibleSteps(layout.steps, answers);
  const reviewIndex = steps.length;

  useEffect(() => {
    setEnhanced(true);
    // The page's own summary is for the no-JavaScript post; the steps show their own.
    document.getElementById('error-summary')?.remove();
    // Arriving from the route finder: the force is chosen already.
    const force = new URLSearchParams(location.search).get('force');
    if (force && forces.some((option) => option.id === force)) void formik.setFieldValue('force', force, false);
  }, []);

  useLeaveWarning(formik.dirty && outcome?.kind !== 'sent');

  useEffect(() => {
    if (enhanced) heading.current?.focus();
  }, [stepIndex, outcome]);

  const { idle, extend } = useIdleTimeout(enhanced, formik.dirty, () => {
    formik.resetForm({ values: emptyAnswers(layout.steps) });
    setStepIndex(-1);
  });
  const idleNotice =
    idle === 'warning' ? (
      <IdleDialog message={say(text, 'ui.idle.warning')} button={say(text, 'ui.idle.keep')} onExtend={extend} />
    ) : idle === 'cleared' ? (
      <div class="notice" role="alert">
        <p>{say(text, 'ui.idle.cleared')}</p>
      </div>
    ) : null;

  const errors = formik.errors as Record<string, string | undefined>;

  async function checkFields(fields: FieldSpec[], values: Answers): Promise<Record<string, string>> {
    const found: Record<string, string> = {};
    for (const field of fields) {
      try {
        await definition.schema.validateAt(field.name, values);
      } catch (error) {
        if (error instanceof ValidationError) found[field.name] = errorText(text, error.message as unknown);
        else throw error;
      }
    }
    return found;
  }

  async function goNext() {
    const step = steps[stepIndex]!;
    const found = await checkFields(visibleFields(step, answers), answers);
    formik.setErrors(found);
    setSummaryShown(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) setAttempt((count) => count + 1);
    else if (changing) goTo(reviewIndex);
    else setStepIndex(stepIndex + 1);
  }

  function goTo(index: number, fromReview = false) {
    setChanging(fromReview);
    setSummaryShown(false);
    formik.setErrors({});
    setStepIndex(index);
  }

  async function send(values: Answers) {
    // Check everything once more: a change on one step can make another step's answer needed.
    const found = await checkFields(
      steps.flatMap((step) => visibleFields(step, values)),
      values,
    );
    if (Object.keys(found).length > 0) return showErrors(found);
    const result = await sendRequest(action, { ...visibleAnswers(layout, values), locale, [honeypotField]: honeypot.current?.value ?? '' });
    if (result.kind === 'invalid') return showErrors(result.errors);
    setOutcome(result);
    if (result.kind === 'sent') formik.resetForm({ values: emptyAnswers(layout.steps) });
  }

  /** Errors found at the end: back to the first step that has one, with the summary. */
  function showErrors(found: Record<string, string>) {
    const first = steps.findIndex((step) => step.fields.some((field) => found[field.name]));
    setStepIndex(Math.max(first, 0));
    formik.setErrors(found);
    setSummaryShown(true);
    setAttempt((count) => count + 1);
  }

  const loadAreas = () => {
    if (areas) return;
    fetchAreas(areasUrl).then(
      (file) => setAreas(file.areas),
      () => setAreas([]),
    );
  };

  const fieldFor = (field: FieldSpec, showErrors: boolean) => (
    <FormField
      field={field}
      text={text}
      value={answers[field.name]}
      error={showErrors ? errors[field.name] : undefined}
      forces={forces}
      onChange={(name, value) => void formik.setFieldValue(name, value, false)}
    />
  );
  const honeypotInput = <Honeypot text={text} inputRef={honeypot} />;

  if (!enhanced) {
    return (
      <LongForm
        formId={formId}
        action={action}
        locale={locale}
        layout={layout}
        text={text}
        field={(field) => fieldFor(field, false)}
        honeypot={honeypotInput}
      />
    );
  }

  if (outcome && outcome.kind !== 'rejected') {
    return <OutcomeView formId={formId} outcome={outcome} text={text} helplines={helplines} headingRef={heading} onTryAgain={() => setOutcome(undefined)} />;
  }

  if (stepIndex < 0) return <IntroView formId={formId} text={text} notice={idleNotice} headingRef={heading} onStart={() => goTo(0)} />;

  const progress = say(text, 'ui.progress', { step: Math.min(stepIndex, reviewIndex) + 1, total: reviewIndex + 1 });

  if (stepIndex >= reviewIndex) {
    return (
      <ReviewView
        formId={formId}
        steps={steps}
        answers={answers}
        text={text}
        forces={forces}
        progress={progress}
        refused={outcome?.kind === 'rejected' ? (outcome.message ?? say(text, 'response.rejected.body')) : undefined}
        sending={formik.isSubmitting}
        notice={idleNotice}
        honeypot={honeypotInput}
        headingRef={heading}
        onChange={(index) => goTo(index, true)}
        onBack={() => goTo(stepIndex - 1)}
        onSend={() => void formik.submitForm()}
      />
    );
  }

  const summaryErrors = summaryShown
    ? Object.entries(errors)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        // Each summary line names its question, so three "Enter an answer" errors are still told apart.
        .map(([name, message]) => ({ name, message: withQuestion(say(text, `fields.${name}.label`), message) }))
    : [];
  return (
    <StepView
      step={steps[stepIndex]!}
      answers={answers}
      locale={locale}
      text={text}
      forces={forces}
      progress={progress}
      summaryErrors={summaryErrors}
      attempt={attempt}
      areaText={areaText}
      areas={areas}
      area={area}
      notice={idleNotice}
      headingRef={heading}
      field={(field) => fieldFor(field, true)}
      onFirstAreaUse={loadAreas}
      onChooseArea={(chosen) => {
        setArea(chosen);
        if (chosen) void formik.setFieldValue('force', chosen.force, false);
      }}
      onBack={() => goTo(stepIndex - 1)}
      onContinue={() => void goNext()}
    />
  );
}
