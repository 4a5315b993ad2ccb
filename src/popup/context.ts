// What every popup view needs: the settings in force, the moment the popup
// opened (one `now` for the whole render), and navigation to a contact.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { Settings } from '../core/types';

export interface PopupState {
  settings: Settings;
  now: number;
  openContact: (id: number) => void;
}

export const PopupCtx = createContext<PopupState>({ settings: DEFAULT_SETTINGS, now: 0, openContact: () => undefined });
export const usePopup = () => useContext(PopupCtx);
