/** The Health app page. Regions (see pages.ts) hold the package components of the features that live here. */
import { LightningElement } from 'lwc';

export default class HealthPage extends LightningElement {}
