/** Directory records as the YAML files in content/services/, written and read the same way. */
import { stringify, parse } from 'yaml';
import { serviceSchema, type ServiceRecord } from '../service-schema.ts';

export function recordToYaml(record: ServiceRecord): string {
  return stringify({ ...record, checked: record.checked.toISOString().slice(0, 10) }, { lineWidth: 120 });
}

export function recordFromYaml(text: string): ServiceRecord {
  return serviceSchema.parse(parse(text));
}
