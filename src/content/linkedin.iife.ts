// Content script for linkedin: loads only this site's adapter.
import { boot } from './boot';
import { linkedinAdapter } from '../sites/linkedin/adapter';

boot(linkedinAdapter);
