// Content script for outlook: loads only this site's adapter.
import { boot } from './boot';
import { outlookAdapter } from '../sites/outlook/adapter';

boot(outlookAdapter);
