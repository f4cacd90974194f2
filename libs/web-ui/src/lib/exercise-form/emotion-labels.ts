import type { EmotionKey } from '@trp/exercises';

/**
 * The emotion words as the partner reads them, in the page's language (libs/exercises' EMOTION_LABELS is the
 * English source the API uses). Keys are the stored ones.
 */
export const EMOTION_TEXT: Readonly<Record<EmotionKey, string>> = {
  anger: $localize`:@@web-ui.emotion.anger:Anger`,
  sadness: $localize`:@@web-ui.emotion.sadness:Sadness`,
  betrayal: $localize`:@@web-ui.emotion.betrayal:Betrayal`,
  disappointment: $localize`:@@web-ui.emotion.disappointment:Disappointment`,
  fear: $localize`:@@web-ui.emotion.fear:Fear`,
  confusion: $localize`:@@web-ui.emotion.confusion:Confusion`,
  hurt: $localize`:@@web-ui.emotion.hurt:Hurt`,
  regret: $localize`:@@web-ui.emotion.regret:Regret`,
  guilt: $localize`:@@web-ui.emotion.guilt:Guilt`,
  shame: $localize`:@@web-ui.emotion.shame:Shame`,
  remorse: $localize`:@@web-ui.emotion.remorse:Remorse`,
};
