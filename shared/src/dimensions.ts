/** The three governances (三治); each is a sub-score and their sum is the household score. */
export const DIMENSIONS = ['autonomy', 'law', 'virtue'] as const

export type Dimension = (typeof DIMENSIONS)[number]

/** How each dimension and its sub-score are called in the villages. */
export const DIMENSION_LABELS = {
  autonomy: { governance: '自治', subScore: '信用分' },
  law: { governance: '法治', subScore: '法治分' },
  virtue: { governance: '德治', subScore: '公德分' },
} as const satisfies Record<Dimension, { governance: string; subScore: string }>
