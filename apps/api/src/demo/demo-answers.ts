import type { Answers } from '@trp/exercises';

/**
 * Answers of the demo couples: plausible, warm and plain, written for each perspective (the hurt partner and the
 * partner who broke the trust). Every set passes `validateAnswers(…, 'submit')` (demo-answers.spec.ts).
 */

export const ACKNOWLEDGE_HURT: Answers = {
  whatHappened:
    'In March I found messages on the family tablet between my partner and a colleague. They had been meeting for lunch and texting late at night for about four months. When I asked, the first answer was that it was nothing.',
  feelingsNow: [
    { emotion: 'betrayal', intensity: 9 },
    { emotion: 'hurt', intensity: 8 },
    { emotion: 'anger', intensity: 6 },
    { emotion: 'confusion', intensity: 5 },
  ],
  impactOnLife:
    'I wake up around 3 am and replay conversations. At work I lose my thread in meetings. I have stopped answering my sister’s calls because I do not know what to tell her. We still hug the kids goodnight together, but we do not touch each other.',
  mostImportant:
    'That the hardest part was not the lunches. It was being told it was nothing when I could see it was something. I need you to understand that I stopped trusting my own judgement, not only you.',
  readiness: 5,
  privateNote: 'I am more angry than I show in our sessions. I do not want to say it in front of them yet.',
  safetyCheck: 'yes',
};

export const ACKNOWLEDGE_INVOLVED: Answers = {
  whatHappened:
    'I let a friendship with a colleague become something secret. We had lunches and long text conversations late at night, and I hid them. When I was asked about it, I said it was nothing. That was a lie.',
  feelingsNow: [
    { emotion: 'regret', intensity: 9 },
    { emotion: 'shame', intensity: 7 },
    { emotion: 'guilt', intensity: 8 },
    { emotion: 'fear', intensity: 6 },
  ],
  impactOnLife:
    'I feel like a guest in my own home. I check my phone less, and then I worry that looks suspicious too. I have been quiet at work and I skip the gym because I do not want to be alone with my thoughts.',
  mostImportant:
    'I take responsibility for the secrecy and for the lie when I was asked. My apology needs to cover the months of late nights, the time I chose my phone over our evenings, and making you doubt what you saw.',
  readiness: 8,
  privateNote: 'I want to do this right but I am scared that nothing I do will be enough.',
  safetyCheck: 'yes',
};

export const ACKNOWLEDGE_HURT_2: Answers = {
  whatHappened:
    'We agreed to save for a deposit on a flat. Last autumn I learned that a large part of our savings had gone on online betting, and that the bank statements I had seen were not the real ones.',
  feelingsNow: [
    { emotion: 'disappointment', intensity: 8 },
    { emotion: 'fear', intensity: 7 },
    { emotion: 'sadness', intensity: 6 },
  ],
  impactOnLife:
    'Money worries keep me up at night. I took extra shifts, so I am tired most days. I feel far away from my partner even when we sit on the same sofa.',
  mostImportant: 'That I feel foolish for believing the statements. I need you to understand how alone I felt carrying the bills.',
  readiness: 6,
  safetyCheck: 'yes',
};

export const ACKNOWLEDGE_INVOLVED_2: Answers = {
  whatHappened: 'I gambled away most of our savings over about a year and I changed the statements so it would not be noticed.',
  feelingsNow: [
    { emotion: 'shame', intensity: 9 },
    { emotion: 'remorse', intensity: 8 },
  ],
  mostImportant:
    'I take responsibility for the gambling and for the forged statements. My apology needs to cover the lost deposit, the lying, and leaving you to worry about money alone.',
  readiness: 7,
  safetyCheck: 'yes',
};

export const COMMUNICATE_HURT: Answers = {
  feelingsTable: {
    mine: [
      { emotion: 'hurt', intensity: 7 },
      { emotion: 'fear', intensity: 6 },
      { emotion: 'anger', intensity: 4 },
    ],
    partner: [
      { emotion: 'guilt', intensity: 6 },
      // Named without touching its slider: no intensity (the comparison shows "named, no intensity").
      { emotion: 'confusion' },
    ],
  },
  concern: 'Coming home late without a message',
  iStatements: [
    {
      feel: 'anxious',
      when: 'you come home late without a message',
      because: 'my mind goes straight back to last year',
      need: 'a short text when plans change',
    },
    {
      feel: 'relieved',
      when: 'you tell me about your day without me asking',
      because: 'it feels like you are letting me in',
      need: 'more of those small updates',
    },
  ],
  heardPartnerSay: 'You said you feel watched when I ask where you were, and that it makes you want to say less, not more.',
  understoodPartnerNeeds: 'To be trusted a little bit more each week, and for me to notice when you do keep me informed.',
  hardToSay: 'That some evenings I still check your location and then feel ashamed of it.',
  privateNote: 'The I-statements helped. We actually finished a conversation without shouting.',
  safetyCheck: 'yes',
};

export const COMMUNICATE_INVOLVED: Answers = {
  feelingsTable: {
    mine: [
      { emotion: 'guilt', intensity: 7 },
      { emotion: 'sadness', intensity: 5 },
      { emotion: 'fear', intensity: 4 },
    ],
    partner: [
      { emotion: 'anger', intensity: 8 },
      { emotion: 'hurt', intensity: 7 },
    ],
  },
  concern: 'Feeling questioned about every evening',
  iStatements: [
    {
      feel: 'defensive',
      when: 'I am asked where I was as soon as I walk in',
      because: 'I know I caused this and I do not know how to make it better',
      need: 'a few minutes to settle before we talk',
    },
  ],
  heardPartnerSay: 'That late evenings without a message bring the whole thing back, and that a short text would help a lot.',
  understoodPartnerNeeds: 'To know where I am without having to ask, so that asking does not have to be a fight.',
  hardToSay: 'That I miss how easy things used to be, and I know that was my doing.',
  safetyCheck: 'yes',
};

export const BOUNDARIES_HURT: Answers = {
  needs: ['Honest answers when I ask a question, even when the answer is hard', 'Time alone on Saturday mornings'],
  desires: ['A walk together on Sunday mornings', 'Cooking dinner together once a week'],
  limits: ['I am not ready to tell our families what happened'],
  breachBehaviors: ['Deleting messages', 'Meeting up with that colleague outside work'],
  opennessOffered: ['I will tell you when I am having a bad day instead of going quiet'],
  opennessAsked: ['A message when plans change', 'Telling me if they contact you'],
  ifBoundaryCrossed: ['We say so the same day and bring it to our next session'],
  notAcceptedAsControl: ['Being told who I can see', 'Having to share my location all day'],
  privateNote: 'Things at home feel tense since the last session. Voices have been raised more than once.',
  safetyCheck: 'unsure',
};

export const BOUNDARIES_INVOLVED: Answers = {
  needs: ['To be allowed to make mistakes that are not betrayals', 'Some evenings with friends'],
  desires: ['Going back to our Friday film nights'],
  limits: ['I cannot promise to never speak to my colleague: we are on the same team'],
  breachBehaviors: ['Hiding anything on my phone', 'Lying about where I am'],
  opennessOffered: ['I will tell you if they contact me outside work', 'You can ask me anything and I will answer'],
  opennessAsked: ['Tell me when something worries you instead of checking'],
  ifBoundaryCrossed: ['We take a pause and talk it through the next evening, calmly'],
  notAcceptedAsControl: ['Having my phone read without asking'],
  safetyCheck: 'yes',
};

/**
 * The boundaries of the couple with weekly check-ins (Amara & Theo): some items written the same by both (one item
 * in the agreement), some near-duplicates to reword into one, some only one of them wrote. No safety concern.
 */
export const BOUNDARIES_CHECK_IN_HURT: Answers = {
  needs: ['A message when plans change', 'Honest answers, even when they are hard to give'],
  desires: ['A walk together on Sunday mornings'],
  limits: ['No contact with that person outside work'],
  breachBehaviors: ['Deleting messages'],
  opennessOffered: ['I will say when I am having a bad day instead of going quiet'],
  opennessAsked: ['Tell me if they contact you'],
  ifBoundaryCrossed: ['We say so the same day and bring it to our next session'],
  notAcceptedAsControl: ['Having to share my location all day'],
  privateNote: 'The weekly check-ins help me notice the good weeks too.',
  safetyCheck: 'yes',
};

export const BOUNDARIES_CHECK_IN_INVOLVED: Answers = {
  needs: ['a message when plans change', 'Some evenings with my friends'],
  desires: ['Sunday morning walks, just the two of us'],
  limits: ['No contact with that person outside work'],
  breachBehaviors: ['Deleting messages', 'Lying about where I am'],
  opennessOffered: ['I will tell you if they contact me', 'You can ask me anything and I will answer'],
  ifBoundaryCrossed: ['We take a pause and talk it through the next evening'],
  notAcceptedAsControl: ['Having my phone read without asking'],
  safetyCheck: 'yes',
};

/** Drafts: partial answers, as a partner leaves them halfway. */
export const ACKNOWLEDGE_INVOLVED_DRAFT: Answers = {
  whatHappened: 'I kept a friendship secret and lied about it when I was asked.',
  feelingsNow: [{ emotion: 'regret', intensity: 8 }],
};

export const COMMUNICATE_HURT_DRAFT: Answers = {
  feelingsTable: { mine: [{ emotion: 'sadness', intensity: 6 }], partner: [] },
  concern: 'Money talks that end in silence',
};
