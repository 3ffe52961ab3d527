/** Profiles: what is wrong with a bureau's profile file, one sentence per setting (`{key}` names it). */
import { area } from './area';

export const profiles = area({
  'profiles.not-object': {
    zh: '配置文件内容应为一个 JSON 对象（{ … }）。',
    en: 'A profile file must hold one JSON object ({ … }).',
  },
  'profiles.bad-json': {
    zh: '配置文件不是有效的 JSON：{detail}',
    en: 'The profile file is not valid JSON: {detail}',
  },
  'profiles.unknown-base': {
    zh: '{key}：{value} 不是内置配置，可选：{names}。',
    en: '{key}: {value} is not a built-in profile; choose one of {names}.',
  },
  'profiles.unknown-key': {
    zh: '{key}：不认识的设置项。',
    en: '{key}: not a setting a profile has.',
  },
  'profiles.unknown-level': {
    zh: '{key}：不认识的一级指标（output / effect / satisfaction）。',
    en: '{key}: not a first-level indicator (output / effect / satisfaction).',
  },
  'profiles.text': {
    zh: '{key}：应为非空文字。',
    en: '{key}: must be text that is not empty.',
  },
  'profiles.number': {
    zh: '{key}：应为 {min} 到 {max} 之间的数字。',
    en: '{key}: must be a number from {min} to {max}.',
  },
  'profiles.choice': {
    zh: '{key}：应为 {values} 之一。',
    en: '{key}: must be one of {values}.',
  },
  'profiles.id': {
    zh: '{key}：只能由小写字母、数字和连字符组成。',
    en: '{key}: only lower-case letters, digits and hyphens.',
  },
  'profiles.level-weights': {
    zh: '{key}：应为 { "output": 50, "effect": 30, "satisfaction": 10 } 或 null。',
    en: '{key}: must be { "output": 50, "effect": 30, "satisfaction": 10 } or null.',
  },
  'profiles.weights-sum': {
    zh: '{key}：执行率与三个一级指标的分值合计为 {sum}，应为 100。',
    en: '{key}: the execution rate and the three first-level indicators add up to {sum} points, not 100.',
  },
  'profiles.grades': {
    zh: '{key}：应为非空数组，如 [{ "min": 90, "label": "优" }, …]。',
    en: '{key}: must be a list that is not empty, e.g. [{ "min": 90, "label": "Excellent" }, …].',
  },
  'profiles.grade': {
    zh: '{key}：应为 { "min": 0–100 的分数, "label": "等级名称" }。',
    en: '{key}: must be { "min": a score from 0 to 100, "label": "the grade" }.',
  },
  'profiles.grades-zero': {
    zh: '{key}：须有一档 "min": 0，使任何总分都有等级。',
    en: '{key}: needs a band with "min": 0, so that every total has a grade.',
  },
  'profiles.caps': {
    zh: '{key}：应为数组，如 [{ "rateBelow": 0.8, "maxTotal": 89 }]。',
    en: '{key}: must be a list, e.g. [{ "rateBelow": 0.8, "maxTotal": 89 }].',
  },
  'profiles.cap': {
    zh: '{key}：rateBelow 应为 0–1 的比例，maxTotal 应为 0–100 的分数。',
    en: '{key}: rateBelow must be a share from 0 to 1, maxTotal a score from 0 to 100.',
  },
  'profiles.severities': {
    zh: '{key}：应为 { "规则编号": "error" | "warning" | "info" | "off" }。',
    en: '{key}: must be { "rule-id": "error" | "warning" | "info" | "off" }.',
  },
  'profiles.severity': {
    zh: '{key}：应为 error、warning、info 或 off。',
    en: '{key}: must be error, warning, info or off.',
  },
  'profiles.no-rule': {
    zh: '{key}：没有这条规则。',
    en: '{key}: there is no such rule.',
  },
  'profiles.custom-name': {
    zh: '自定义配置',
    en: 'Custom profile',
  },
});
