// The column-mapping step for a generic CSV: which columns hold the name
// (one, or first + last), the email and the profile link.
import { t } from '../../i18n/t';
import type { ColumnMapping } from '../../data/generic-csv';

const FIELDS = [
  ['name', 0, 'mapName'], ['name', 1, 'mapName2'], ['email', 0, 'mapEmail'], ['profile', 0, 'mapProfile'],
] as const;

export function MappingForm({ header, mapping, onChange }: { header: string[]; mapping: ColumnMapping; onChange: (m: ColumnMapping) => void }) {
  const set = (field: keyof ColumnMapping, slot: number, value: number) => {
    const next = structuredClone(mapping);
    const list = [...next[field]];
    if (value < 0) list.splice(slot, 1);
    else list[slot] = value;
    next[field] = list.filter((i) => i !== undefined);
    onChange(next);
  };
  return (
    <fieldset>
      <legend>{t('mapTitle')}</legend>
      <div class="grid">
        {FIELDS.map(([field, slot, label]) => {
          const id = `map-${field}-${slot}`;
          return (
            <div class="field" key={id}>
              <label for={id}>{t(label)}</label>
              <select id={id} value={String(mapping[field][slot] ?? -1)} onChange={(e) => set(field, slot, Number(e.currentTarget.value))}>
                <option value="-1">{t('mapNone')}</option>
                {header.map((h, i) => <option key={i} value={String(i)}>{h || t('mapColumn', i + 1)}</option>)}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
