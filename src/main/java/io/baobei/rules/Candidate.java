package io.baobei.rules;

/** A new version of a rule table that passed {@link CandidateCheck}: the DMN file as it will be deployed. */
public record Candidate(RuleTable table, byte[] xml) {
}
