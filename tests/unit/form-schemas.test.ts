/**
 * The shared form schemas (src/forms/), as the browser and the handler both run them:
 * each rule refuses what it should, with an i18n key rather than English.
 */
import { describe, expect, test } from 'vitest';
import { ValidationError } from 'yup';
import { forms, honeypotField } from '../../src/forms/index.ts';
import { fieldErrors } from '../../src/forms/shared/messages.ts';
import { ageOn } from '../../src/forms/shared/rules.ts';
import { callbackAnswers, disclosureAnswers } from '../handler/support.ts';

async function errorsFor(formId: string, answers: Record<string, unknown>) {
  try {
    await forms[formId]!.schema.validate(answers, { abortEarly: false });
    return {};
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return Object.fromEntries(fieldErrors(error).map((item) => [item.path, item.key]));
  }
}

const { locale: _l1, ...callback } = callbackAnswers();
const { locale: _l2, ...disclosure } = disclosureAnswers();

describe('shared form schemas', () => {
  test('complete answers pass both forms', async () => {
    expect(await errorsFor('callback-request', callback)).toEqual({});
    expect(await errorsFor('disclosure-request', disclosure)).toEqual({});
  });

  test('a line break in any one-line field is refused; multi-line fields may have them', async () => {
    expect(await errorsFor('callback-request', { ...callback, name: 'Sam\r\nBcc: x' })).toEqual({ name: 'lineBreak' });
    expect(await errorsFor('callback-request', { ...callback, safeWord: 'a\nb' })).toEqual({ safeWord: 'lineBreak' });
    expect(await errorsFor('disclosure-request', { ...disclosure, reason: 'first line\nsecond line' })).toEqual({});
  });

  test('no date of birth may be in the future', async () => {
    const tomorrow = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-01`;
    expect(await errorsFor('disclosure-request', { ...disclosure, concernDateOfBirth: tomorrow })).toEqual({ concernDateOfBirth: 'date' });
    expect(await errorsFor('disclosure-request', { ...disclosure, concernDateOfBirth: nextYear })).toEqual({ concernDateOfBirth: 'date' });
    expect(await errorsFor('disclosure-request', { ...disclosure, concernDateOfBirth: '1990-02-03' })).toEqual({});
  });

  test('applicants must be 16 or older, and dates must be real', async () => {
    const today = new Date();
    const fifteen = `${today.getUTCFullYear() - 15}-01-01`;
    expect(await errorsFor('disclosure-request', { ...disclosure, applicantDateOfBirth: fifteen })).toEqual({ applicantDateOfBirth: 'minAge' });
    expect(await errorsFor('disclosure-request', { ...disclosure, applicantDateOfBirth: '1990-02-30' })).toEqual({ applicantDateOfBirth: 'date' });
    expect(await errorsFor('disclosure-request', { ...disclosure, applicantDateOfBirth: '12/04/1988' })).toEqual({ applicantDateOfBirth: 'date' });
    expect(ageOn('2000-06-15', new Date('2016-06-14T12:00:00Z'))).toBe(15);
    expect(ageOn('2000-06-15', new Date('2016-06-15T12:00:00Z'))).toBe(16);
  });

  test('lengths are limited, with the limit in the message values', async () => {
    const error = await forms['callback-request']!.schema.validate({ ...callback, name: 'x'.repeat(101) }, { abortEarly: false }).catch(
      (caught: ValidationError) => fieldErrors(caught),
    );
    expect(error).toEqual([{ path: 'name', key: 'tooLong', values: { max: 100 } }]);
  });

  test('contact details are required for the methods chosen, and checked', async () => {
    expect(await errorsFor('callback-request', { ...callback, contactMethods: ['email'], phone: '' })).toEqual({ email: 'required' });
    expect(await errorsFor('callback-request', { ...callback, phone: '12345' })).toEqual({ phone: 'phone' });
    expect(await errorsFor('callback-request', { ...callback, contactMethods: [] })).toEqual({ contactMethods: 'chooseAtLeastOne' });
  });

  test('asking for someone else needs the person at risk; children "yes" needs their ages', async () => {
    const forMe = { ...disclosure, askingFor: 'me', atRiskName: '', atRiskRelationship: '', atRiskAware: '' };
    expect(await errorsFor('disclosure-request', forMe)).toEqual({});
    expect(await errorsFor('disclosure-request', { ...forMe, askingFor: 'someone-else' })).toEqual({
      atRiskName: 'required',
      atRiskRelationship: 'required',
      atRiskAware: 'choose',
    });
    expect(await errorsFor('disclosure-request', { ...disclosure, childrenAges: '' })).toEqual({ childrenAges: 'required' });
  });

  test('the police force must be one of the 45 UK forces', async () => {
    expect(await errorsFor('disclosure-request', { ...disclosure, force: 'police-scotland' })).toEqual({});
    expect(await errorsFor('disclosure-request', { ...disclosure, force: 'atlantis' })).toEqual({ force: 'choose' });
    expect(await errorsFor('disclosure-request', { ...disclosure, force: '' })).toEqual({ force: 'choose' });
  });

  test('every field of every form has a laid-out question, and every question a field', async () => {
    const { formLayouts } = await import('../../src/forms/index.ts');
    for (const [id, layout] of Object.entries(formLayouts)) {
      const laidOut = layout.steps.flatMap((step) => step.fields.map((field) => field.name)).sort();
      expect(laidOut, id).toEqual(forms[id]!.fields.filter((name) => name !== honeypotField).sort());
    }
  });
});
