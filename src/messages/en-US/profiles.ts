import type { profiles as zh } from '../zh-CN/profiles';

/** Profiles, key for key with zh-CN. */
export const profiles: Readonly<Record<keyof typeof zh, string>> = {
  'profiles.not-object': 'A profile file must hold one JSON object ({ … }).',
  'profiles.bad-json': 'The profile file is not valid JSON: {detail}',
  'profiles.unknown-base': '{key}: {value} is not a built-in profile; choose one of {names}.',
  'profiles.unknown-key': '{key}: not a setting a profile has.',
  'profiles.unknown-level': '{key}: not a first-level indicator (output / effect / satisfaction).',
  'profiles.text': '{key}: must be text that is not empty.',
  'profiles.number': '{key}: must be a number from {min} to {max}.',
  'profiles.choice': '{key}: must be one of {values}.',
  'profiles.id': '{key}: only lower-case letters, digits and hyphens.',
  'profiles.level-weights': '{key}: must be { "output": 50, "effect": 30, "satisfaction": 10 } or null.',
  'profiles.weights-sum':
    '{key}: the execution rate and the three first-level indicators add up to {sum} points, not 100.',
  'profiles.grades':
    '{key}: must be a list that is not empty, e.g. [{ "min": 90, "label": "Excellent" }, …].',
  'profiles.grade': '{key}: must be { "min": a score from 0 to 100, "label": "the grade" }.',
  'profiles.grades-zero': '{key}: needs a band with "min": 0, so that every total has a grade.',
  'profiles.caps': '{key}: must be a list, e.g. [{ "rateBelow": 0.8, "maxTotal": 89 }].',
  'profiles.cap': '{key}: rateBelow must be a share from 0 to 1, maxTotal a score from 0 to 100.',
  'profiles.severities': '{key}: must be { "rule-id": "error" | "warning" | "info" | "off" }.',
  'profiles.severity': '{key}: must be error, warning, info or off.',
  'profiles.no-rule': '{key}: there is no such rule.',
  'profiles.custom-name': 'Custom profile',
};
