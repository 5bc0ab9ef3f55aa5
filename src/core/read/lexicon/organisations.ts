/**
 * Acronyms that name bodies, programmes or things, never a person, even where a sentence uses them as one
 * ("HO/APCC" can be the target of an action, never its owner). In capitals, as written.
 */
export const NOT_PEOPLE_ACRONYMS: readonly string[] = (
  'VAWG NPCC CPD MIU HTA CSP AOB SV DA HO APCC IT VRR HR NHS ONS CQC SLT SMT LA PCN ICB ICS EU UK US UN BBC ' +
  'AGM EGM TBC TBA KPI RAG FAQ FYI NB PS QA ICO IOPC CPS NCA LGA WHO AI VAT GDPR DPIA SLA MOU OPCC PCP ' +
  'ALL AND THE NOT ANY NOTE PTO NA OK ASB CCTV CYP SEND PHE UKHSA DWP DHSC MOJ MOD DFE HMRC HMT'
).split(' ');

/** Verbs of speaking or reporting after initials that make them a person ("JI asked", "CP and TD agreed"). */
export const SPEAKING_VERBS: readonly string[] = (
  'asked added advised agreed acknowledged answered apologised apologized argued assured briefed challenged ' +
  'clarified commented confirmed congratulated declared described emphasised emphasized enquired explained ' +
  'expressed gave highlighted indicated informed inquired introduced invited mentioned noted objected observed ' +
  'offered outlined pointed presented proposed provided queried questioned raised recognised recognized ' +
  'recommended remarked reminded replied reported requested responded said says seconded shared sought spoke ' +
  'stated stressed suggested summarised summarized thanked undertook updated welcomed wondered reiterated'
).split(' ');

/** Words before initials that take a person ("agreed by JI", "asked JI"). */
export const PERSON_TAKING_WORDS: readonly string[] =
  'by from asked thanked invited told reminded informed urged congratulated'.split(' ');
