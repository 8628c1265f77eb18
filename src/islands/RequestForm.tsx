/**
 * The Clare's Law request and the safe call-back request. Rendered at build as one long
 * form that posts without JavaScript; once running in the browser it becomes a Formik form
 * in steps ("Step 2 of 6"), with a review before sending, checked at each step with the same
 * yup schema the handler uses. Nothing is stored: answers live in memory only, and quick
 * exit (or closing the page) loses them.
 */
import { visibleAnswers, visibleFields, visibleSteps } from '../forms/shared/visible-answers.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useFormik } from 'formik';
import { ValidationError } from 'yup';
import { forms, honeypotField } from '../forms/index.ts';
import { formLayouts, type FormId } from '../forms/index.ts';
import type { Answers, FieldSpec, StepSpec } from '../forms/shared/layout-types.ts';
import FormField, { type ForceOption } from '../components/forms/FormField.tsx';
import ErrorSummary from '../components/forms/ErrorSummary.tsx';
import IdleDialog from '../components/forms/IdleDialog.tsx';
import AreaPicker, { type AreaPickerText } from '../components/area/AreaPicker.tsx';
import type { Area } from '../areas/area.ts';
import { fetchAreas } from '../areas/fetch-areas.ts';
import HelplineLinks, { type Helpline } from '../components/HelplineLinks.tsx';
import { errorText, say, withQuestion, type FormText } from '../components/forms/FormText.ts';
import { quickExitIsLeaving } from '../components/QuickExit/leaving.ts';

interface Props {
  formId: FormId;
  locale: string;
  text: FormText;
  forces: ForceOption[];
  helplines: Helpline[];
  areasUrl: string;
  areaText: AreaPickerText;
}

/** Left alone this long with answers typed, the form warns; this long after the warning, it clears them. */
export const idleWarnAfterMs = 15 * 60_000;
export const idleClearAfterMs = 2 * 60_000;

type Outcome = { kind: 'sent'; reference: string } | { kind: 'busy' | 'failed' | 'rejected' | 'offline' | 'unconfirmed'; message?: string };

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

  // Leaving with answers typed loses them: the browser asks first. Never on quick exit, which marks
  // the page before it leaves: a "Leave site?" box would hold the person on this page.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (quickExitIsLeaving()) return;
      if (formik.dirty && outcome?.kind !== 'sent') {
        event.preventDefault();
        // Older browsers ask only when returnValue is set.
        event.returnValue = '';
      }
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [formik.dirty, outcome]);

  useEffect(() => {
    if (enhanced) heading.current?.focus();
  }, [stepIndex, outcome]);

  // A phone put down mid-form should not keep the answers on screen for whoever picks it up:
  // after a while untouched the form warns, then clears itself (nothing has been sent).
  // While the warning shows, only its button (or Escape) extends the time: a stray key or tap
  // used to take it away before it could be read or pressed (WCAG 2.2.1).
  const [idle, setIdle] = useState<'active' | 'warning' | 'cleared'>('active');
  const dirty = useRef(false);
  dirty.current = formik.dirty;
  const warning = useRef(false);
  warning.current = idle === 'warning';
  const extend = useRef<() => void>(() => {});
  useEffect(() => {
    if (!enhanced) return;
    let warn: ReturnType<typeof setTimeout> | undefined;
    let clear: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(warn);
      clearTimeout(clear);
      warn = setTimeout(() => {
        if (!dirty.current) return restart();
        setIdle('warning');
        clear = setTimeout(() => {
          formik.resetForm({ values: emptyAnswers(layout.steps) });
          setStepIndex(-1);
          setIdle('cleared');
        }, idleClearAfterMs);
      }, idleWarnAfterMs);
    };
    const activity = () => {
      if (!warning.current) restart();
    };
    extend.current = () => {
      setIdle('active');
      restart();
    };
    const events = ['keydown', 'pointerdown', 'input'] as const;
    for (const name of events) addEventListener(name, activity, true);
    restart();
    return () => {
      clearTimeout(warn);
      clearTimeout(clear);
      for (const name of events) removeEventListener(name, activity, true);
    };
  }, [enhanced]);
  const idleNotice =
    idle === 'warning' ? (
      <IdleDialog message={say(text, 'ui.idle.warning')} button={say(text, 'ui.idle.keep')} onExtend={() => extend.current()} />
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
    const all = steps.flatMap((step) => visibleFields(step, values));
    const found = await checkFields(all, values);
    if (Object.keys(found).length > 0) return showServerErrors(found);
    let response: Response;
    try {
      response = await fetch(action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ ...visibleAnswers(layout, values), locale, [honeypotField]: honeypot.current?.value ?? '' }),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      setOutcome({ kind: 'offline' });
      return;
    }
    const body = (await response.json().catch(() => ({}))) as {
      status?: string;
      reference?: string;
      errors?: Record<string, { message: string }>;
      message?: string;
    };
    if (response.ok && body.status === 'unconfirmed') setOutcome({ kind: 'unconfirmed' });
    else if (response.ok && body.reference) {
      setOutcome({ kind: 'sent', reference: body.reference });
      formik.resetForm({ values: emptyAnswers(layout.steps) });
    } else if (response.status === 400 && body.errors) {
      showServerErrors(Object.fromEntries(Object.entries(body.errors).map(([path, error]) => [path, error.message])));
    } else if (response.status === 429) setOutcome({ kind: 'busy' });
    else if (response.status >= 500) setOutcome({ kind: 'failed' });
    else setOutcome({ kind: 'rejected', ...(body.message ? { message: body.message } : {}) });
  }

  /** Errors found at the end: back to the first step that has one, with the summary. */
  function showServerErrors(found: Record<string, string>) {
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

  const honeypotField_ = (
    // Hidden from sight, from screen readers and from the Tab key; named and marked so autofill
    // and password managers leave it alone. A person never fills it.
    <div class="visually-hidden" aria-hidden="true">
      <label for="f-leave-this-blank">{say(text, 'ui.honeypot')}</label>
      <input
        type="text"
        id="f-leave-this-blank"
        name={honeypotField}
        tabIndex={-1}
        autocomplete="off"
        data-1p-ignore
        data-lpignore="true"
        data-form-type="other"
        ref={honeypot}
      />
    </div>
  );

  const helplineList = <HelplineLinks helplines={helplines} />;

  // ---- Without JavaScript: one long form, posted as it is. ----
  if (!enhanced) {
    return (
      <form class="request-form" method="post" action={action} autocomplete="off" novalidate>
        <div class="notice notice--warning" role="note">
          <p>{say(text, `intro.${formId}.notEmergency`)}</p>
          <p>{say(text, 'ui.nothingSaved')}</p>
        </div>
        <input type="hidden" name="locale" value={locale} />
        {layout.steps.map((step) => (
          <section class="form-section" aria-labelledby={`step-${step.id}`}>
            <h2 id={`step-${step.id}`}>{say(text, `steps.${step.id}.title`)}</h2>
            {text[`steps.${step.id}.when`] && <p class="hint">{text[`steps.${step.id}.when`]}</p>}
            {step.fields.map((field) => fieldFor(field, false))}
          </section>
        ))}
        {honeypotField_}
        <button type="submit" class="button">
          {say(text, `ui.send.${formId}`)}
        </button>
      </form>
    );
  }

  // ---- Sent, or could not be sent. ----
  if (outcome && outcome.kind !== 'rejected') {
    if (outcome.kind === 'sent') {
      return (
        <div class="request-form">
          <div class="panel panel--confirmation">
            <h2 ref={heading} tabIndex={-1}>
              {say(text, 'response.sent.title')}
            </h2>
            <p>
              {say(text, 'response.sent.reference')}
              <br />
              <strong class="reference" dir="ltr">
                {outcome.reference}
              </strong>
            </p>
          </div>
          <p>{say(text, 'response.sent.keep')}</p>
          <p>{say(text, `sentNext.${formId}`)}</p>
        </div>
      );
    }
    const titles = {
      busy: 'response.busy.title',
      failed: 'response.failed.title',
      offline: 'ui.offline.title',
      unconfirmed: 'response.unconfirmed.title',
    } as const;
    const bodies = {
      busy: 'response.busy.body',
      failed: 'response.failed.body',
      offline: 'ui.offline.body',
      unconfirmed: 'response.unconfirmed.body',
    } as const;
    return (
      <div class="request-form">
        <h2 ref={heading} tabIndex={-1}>
          {say(text, titles[outcome.kind])}
        </h2>
        <p>{say(text, bodies[outcome.kind])}</p>
        {helplineList}
        <button type="button" class="button button--secondary" onClick={() => setOutcome(undefined)}>
          {say(text, 'ui.tryAgain')}
        </button>
      </div>
    );
  }

  // ---- Before you start. ----
  if (stepIndex < 0) {
    return (
      <div class="request-form">
        {idleNotice}
        <h2 ref={heading} tabIndex={-1}>
          {say(text, `intro.${formId}.title`)}
        </h2>
        <div class="notice notice--warning" role="note">
          <p>{say(text, `intro.${formId}.notEmergency`)}</p>
        </div>
        <p>{say(text, 'ui.nothingSaved')}</p>
        <button type="button" class="button" onClick={() => goTo(0)}>
          {say(text, 'ui.start')}
        </button>
      </div>
    );
  }

  const progress = say(text, 'ui.progress', { step: Math.min(stepIndex, reviewIndex) + 1, total: reviewIndex + 1 });
  const summaryErrors = summaryShown
    ? Object.entries(errors)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        // Each summary line names its question, so three "Enter an answer" errors are still told apart.
        .map(([name, message]) => ({ name, message: withQuestion(say(text, `fields.${name}.label`), message) }))
    : [];

  // ---- Review before sending. ----
  if (stepIndex >= reviewIndex) {
    const display = (field: FieldSpec) => {
      const value = answers[field.name];
      const values = Array.isArray(value) ? value : value ? [value] : [];
      if (values.length === 0) return say(text, 'ui.notGiven');
      if (field.kind === 'force') return forces.find((force) => force.id === values[0])?.name ?? values[0];
      return field.optionSet ? values.map((item) => say(text, `options.${field.optionSet}.${item}`)).join(', ') : values.join(', ');
    };
    return (
      <form
        class="request-form"
        onSubmit={(event) => {
          event.preventDefault();
          void formik.submitForm();
        }}
        autocomplete="off"
        novalidate
      >
        {idleNotice}
        <p class="progress">{progress}</p>
        <h2 ref={heading} tabIndex={-1}>
          {say(text, 'ui.review')}
        </h2>
        {outcome?.kind === 'rejected' && (
          <div class="notice" role="alert">
            <p>{outcome.message ?? say(text, 'response.rejected.body')}</p>
          </div>
        )}
        {steps.map((step, index) => (
          <section class="review" aria-labelledby={`review-${step.id}`}>
            <h3 id={`review-${step.id}`}>{say(text, `steps.${step.id}.title`)}</h3>
            <dl class="summary-list">
              {visibleFields(step, answers).map((field) => (
                <div class="summary-list__row">
                  <dt>{say(text, `fields.${field.name}.label`)}</dt>
                  <dd>{display(field)}</dd>
                </div>
              ))}
            </dl>
            <button type="button" class="button button--secondary" onClick={() => goTo(index, true)}>
              {say(text, 'ui.change')} <span class="visually-hidden">{say(text, `steps.${step.id}.title`)}</span>
            </button>
          </section>
        ))}
        {honeypotField_}
        <div class="button-group">
          <button type="button" class="button button--secondary" onClick={() => goTo(stepIndex - 1)}>
            {say(text, 'ui.back')}
          </button>
          <button type="submit" class="button" disabled={formik.isSubmitting}>
            {say(text, `ui.send.${formId}`)}
          </button>
        </div>
      </form>
    );
  }

  // ---- One step. ----
  const step = steps[stepIndex]!;
  return (
    <form
      class="request-form"
      autocomplete="off"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        void goNext();
      }}
    >
      {idleNotice}
      <p class="progress">{progress}</p>
      <h2 ref={heading} tabIndex={-1}>
        {say(text, `steps.${step.id}.title`)}
      </h2>
      <ErrorSummary text={text} errors={summaryErrors} attempt={attempt} />
      {step.id === 'force' && (
        <AreaPicker
          id="request-area"
          locale={locale}
          text={areaText}
          areas={areas}
          chosen={area}
          onFirstUse={loadAreas}
          onChoose={(chosen) => {
            setArea(chosen);
            if (chosen) void formik.setFieldValue('force', chosen.force, false);
          }}
        />
      )}
      {area && step.id === 'force' && (
        <p class="hint">{say(text, 'ui.areaForce', { area: area.name, force: forces.find((force) => force.id === area.force)?.name ?? '' })}</p>
      )}
      {visibleFields(step, answers).map((field) => fieldFor(field, true))}
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={() => goTo(stepIndex - 1)}>
          {say(text, 'ui.back')}
        </button>
        <button type="submit" class="button">
          {say(text, 'ui.continue')}
        </button>
      </div>
    </form>
  );
}
