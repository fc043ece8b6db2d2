/** The Account record page. Regions (see pages.ts) hold the package components of the features that live here. */
import { LightningElement, api } from 'lwc';

export default class AccountPage extends LightningElement {
  @api recordId?: string;
  @api tab?: string;
}
