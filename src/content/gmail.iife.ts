// Content script for gmail: loads only this site's adapter.
import { boot } from './boot';
import { gmailAdapter } from '../sites/gmail/adapter';

boot(gmailAdapter);
