/**
 * Browser entry of the workbench. Synthetic shadow loads first (as in Lightning Experience) so the SLDS
 * stylesheet of the page styles the inside of components; then the shell mounts.
 */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from './lwc/wb/app/app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
root.appendChild(createElement('wb-app', { is: App }));
