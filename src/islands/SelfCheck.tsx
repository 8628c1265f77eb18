/**
 * The private self-check. Without JavaScript it is a plain form that posts to the server,
 * which scores it and answers with the result page (storing and logging nothing). With
 * JavaScript it is scored here, in memory, with the same module: nothing leaves the page,
 * and the answers never go into a URL, where browser history would keep them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import SelfCheckResult from '../components/self-check/SelfCheckResult.tsx';
import { answerIds, type Answer } from '../self-check/answers.ts';
import type { SelfCheckText } from '../self-check/schema.ts';
import { score, type Result } from '../self-check/score.ts';

interface Props {
  text: SelfCheckText;
  locale: string;
}

export default function SelfCheck({ text, locale }: Props) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [result, setResult] = useState<Result | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  // Until this island runs, the form posts to the server: the page must say so, not "nothing is sent".
  const [scoredHere, setScoredHere] = useState(false);
  useEffect(() => setScoredHere(true), []);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  return (
    <div class="self-check">
      <form
        ref={form}
        method="post"
        action="/api/self-check"
        onSubmit={(event) => {
          event.preventDefault();
          setResult(score(text.questions, answers));
        }}
      >
        <input type="hidden" name="locale" value={locale} />
        <p class="notice" data-privacy>
          {scoredHere ? text.privacy : text.privacyNoScript}
        </p>
        <p class="self-check__legend">{text.legend}</p>
        {text.questions.map((question, index) => (
          <fieldset class="form-group self-check__question">
            <legend class="form-legend">
              <span class="self-check__number">{`${index + 1}. `}</span>
              {question.text}
            </legend>
            <div class="choices choices--row">
              {answerIds.map((answer) => (
                <div class="choice">
                  <input
                    type="radio"
                    id={`q-${question.id}-${answer}`}
                    name={question.id}
                    value={answer}
                    checked={answers[question.id] === answer}
                    onChange={() => setAnswers((current) => ({ ...current, [question.id]: answer }))}
                  />
                  <label for={`q-${question.id}-${answer}`}>{text.answers[answer]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" class="button">
          {text.submit}
        </button>
      </form>
      {result && (
        <>
          <SelfCheckResult text={text} locale={locale} band={result.band} children={result.children} headingRef={heading} />
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setAnswers({});
              setResult(undefined);
              // "Start again" removes itself with the result: focus the first question, where starting again begins.
              form.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
            }}
          >
            {text.again}
          </button>
        </>
      )}
    </div>
  );
}
