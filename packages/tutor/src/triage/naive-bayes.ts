/** A multinomial naive Bayes model over weighted sparse features; arrays are indexed like `labels`. */
export interface NaiveBayesModel<L extends string> {
  labels: readonly L[];
  logPrior: Float64Array;
  /** log P(feature | label) for every feature seen in training. */
  logLikelihood: Map<string, Float64Array>;
}

/** One training example: weighted feature counts and its label. */
export interface NaiveBayesExample<L extends string> {
  features: Map<string, number>;
  label: L;
}

/** Trains with Laplace smoothing `alpha`; priors are add-one smoothed class frequencies. */
export function trainNaiveBayes<L extends string>(
  labels: readonly L[],
  examples: readonly NaiveBayesExample<L>[],
  alpha: number,
): NaiveBayesModel<L> {
  const documents = new Float64Array(labels.length);
  const totals = new Float64Array(labels.length);
  const counts = new Map<string, Float64Array>();
  for (const { features, label } of examples) {
    const index = labels.indexOf(label);
    documents[index] = (documents[index] ?? 0) + 1;
    for (const [feature, weight] of features) {
      let row = counts.get(feature);
      if (row === undefined) {
        row = new Float64Array(labels.length);
        counts.set(feature, row);
      }
      row[index] = (row[index] ?? 0) + weight;
      totals[index] = (totals[index] ?? 0) + weight;
    }
  }
  const denominators = totals.map((total) => total + alpha * counts.size);
  const logLikelihood = new Map<string, Float64Array>();
  for (const [feature, row] of counts) {
    logLikelihood.set(
      feature,
      row.map((count, index) => Math.log((count + alpha) / (denominators[index] ?? 1))),
    );
  }
  const logPrior = documents.map((count) => Math.log((count + 1) / (examples.length + labels.length)));
  return { labels, logPrior, logLikelihood };
}

/** The unnormalised log posterior of each label; features never seen in training are ignored. */
export function scoreNaiveBayes<L extends string>(
  model: NaiveBayesModel<L>,
  features: Map<string, number>,
): Record<L, number> {
  const scores = Float64Array.from(model.logPrior);
  for (const [feature, weight] of features) {
    const logs = model.logLikelihood.get(feature);
    if (logs === undefined) continue;
    for (let index = 0; index < scores.length; index++) {
      scores[index] = (scores[index] ?? 0) + weight * (logs[index] ?? 0);
    }
  }
  return Object.fromEntries(model.labels.map((label, index) => [label, scores[index] ?? 0])) as Record<
    L,
    number
  >;
}
