package io.baobei.collision;

/**
 * Why a filing's commission is split the way it is (rule C13): the source, the case that decided it (a
 * collision or, for a help agreement, the filing) and a reason finance can read, free of customer data.
 */
record CommissionBasis(CommissionSource source, String sourceId, String reason) {
}
