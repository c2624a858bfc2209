/** The subset of Frictionless Data Package v2 / Table Schema that On the Record uses. */
export type FieldType = 'string' | 'integer' | 'number' | 'date';

export interface FieldConstraints {
  required?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

export interface Field {
  name: string;
  type: FieldType;
  description?: string;
  constraints?: FieldConstraints;
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface TableSchema {
  fields: Field[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
}

export interface Resource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  hash?: string;
  schema: TableSchema;
}

export interface DataPackage {
  $schema?: string;
  name: string;
  title?: string;
  resources: Resource[];
  [key: string]: unknown;
}

export const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];
