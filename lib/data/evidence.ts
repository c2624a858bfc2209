import type { Claim, Dataset, Evidence, Observation, Series, Source } from './records';

/** One figure linked to a claim, with its series and the role the link gives it. */
export interface EvidenceItem {
  role: Evidence['role'];
  observation: Observation;
  series: Series;
  /** The figure's source row; tests may leave it out, and a figure without one counts as independent. */
  source?: Source;
}

/** Lookups over a validated dataset; foreign keys are already checked, so lookups cannot miss. */
export class Index {
  readonly seriesById: Map<string, Series>;
  readonly observationById: Map<string, Observation>;
  readonly sourceById: Map<string, Source>;

  constructor(readonly data: Dataset) {
    this.seriesById = new Map(data.series.map((s) => [s.id, s]));
    this.observationById = new Map(data.observations.map((o) => [o.id, o]));
    this.sourceById = new Map(data.sources.map((s) => [s.id, s]));
  }

  /** A claim's figures, in the order claim_evidence lists them. */
  evidenceFor(claim: Claim): EvidenceItem[] {
    return this.data.evidence
      .filter((e) => e.claim_id === claim.id)
      .map((e) => {
        const observation = this.observationById.get(e.observation_id)!;
        return { role: e.role, observation, series: this.seriesById.get(observation.series_id)!, source: this.sourceById.get(observation.source_id) };
      });
  }

  observationsOf(series: Series): Observation[] {
    return this.data.observations.filter((o) => o.series_id === series.id);
  }

  claimsOf(storyId: string): Claim[] {
    return this.data.claims.filter((c) => c.story_id === storyId).sort((a, b) => a.position - b.position);
  }

  claimsCiting(series: Series): Claim[] {
    const ids = new Set(this.data.evidence.filter((e) => this.observationById.get(e.observation_id)?.series_id === series.id).map((e) => e.claim_id));
    return this.data.claims.filter((c) => ids.has(c.id));
  }

  sourcesOf(observations: Observation[]): Source[] {
    return [...new Set(observations.map((o) => o.source_id))].map((id) => this.sourceById.get(id)!);
  }
}
