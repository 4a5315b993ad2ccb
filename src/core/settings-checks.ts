// Field checkers for settings validation. Each reads one field, records an
// error (an i18n key) when it is wrong, and falls back to the default.

export interface SettingsError {
  field: string;
  /** i18n key: errInvalid, errNumberRange, errIntervalsShrink, … */
  message: string;
  min?: number;
  max?: number;
}

export class Checker {
  readonly errors: SettingsError[] = [];

  fail(field: string, message: string, extra: Partial<SettingsError> = {}): void {
    this.errors.push({ field, message, ...extra });
  }

  bool(field: string, value: unknown, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.fail(field, 'errNotBoolean');
    return fallback;
  }

  int(field: string, value: unknown, fallback: number, min: number, max: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.fail(field, 'errNotWholeNumber', { min, max });
      return fallback;
    }
    if (value < min || value > max) {
      this.fail(field, 'errNumberRange', { min, max });
      return fallback;
    }
    return value;
  }

  /** An optional epoch-ms timestamp. */
  time(field: string, value: unknown): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
    this.fail(field, 'errInvalid');
    return undefined;
  }

  pick<T extends string>(field: string, value: unknown, options: readonly T[], fallback: T, message = 'errInvalid'): T {
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.fail(field, message);
    return fallback;
  }

  /** A list of trimmed, non-empty, distinct strings each passing `ok`. */
  strings(field: string, value: unknown, fallback: string[], ok: (s: string) => boolean, message: string, max = 1000): string[] {
    if (value === undefined) return [...fallback];
    if (!Array.isArray(value)) {
      this.fail(field, 'errInvalid');
      return [...fallback];
    }
    if (value.length > max) this.fail(field, 'errTooMany', { max });
    const out: string[] = [];
    value.slice(0, max).forEach((item: unknown, i) => {
      const s = typeof item === 'string' ? item.trim() : '';
      if (!s && typeof item === 'string') return;
      if (!s || !ok(s)) this.fail(`${field}.${i}`, message);
      else if (!out.includes(s)) out.push(s);
    });
    return out;
  }

  record(field: string, value: unknown): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.fail(field, 'errInvalid');
    return undefined;
  }
}

/** 'HH:MM', 24-hour clock. */
export const isHhMm = (s: unknown): s is string => typeof s === 'string' && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(s);
