/** The Details tab of a record page: every field of the record, two columns, read-only, as Lightning shows it. */
import { LightningElement, api } from 'lwc';
import type { FieldView } from '../../../../api-types';

export default class RecordDetails extends LightningElement {
  @api fields: FieldView[] = [];

  get rows(): { key: string; cells: (FieldView & { key: string; empty: boolean })[] }[] {
    const rows: { key: string; cells: (FieldView & { key: string; empty: boolean })[] }[] = [];
    this.fields.forEach((field, index) => {
      if (index % 2 === 0) rows.push({ key: `row-${index}`, cells: [] });
      rows[rows.length - 1]!.cells.push({ ...field, key: field.apiName, empty: !field.display });
    });
    return rows;
  }
}
