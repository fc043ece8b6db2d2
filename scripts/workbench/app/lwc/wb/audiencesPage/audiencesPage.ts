/**
 * The Audiences app page: the sharing groups with the invite wizard, and the sign-up form as a guest meets it on an
 * Experience Cloud site (framed like a site), signing up to the sample "Customer Academy" group.
 */
import { LightningElement } from 'lwc';
import { ACADEMY_GROUP_ID } from '../../../../audience-samples';

export default class AudiencesPage extends LightningElement {
  signUpGroupId = ACADEMY_GROUP_ID;
}
