package io.baobei.filing;

/** One owner of a filing's customer and their percentage of the commission. */
public record OwnerShare(String rep, int sharePercent) {
}
