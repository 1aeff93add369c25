package io.baobei.collision;

/** {@code POST /api/collisions}: the customer by any of its keys, the reporter's filing if any, what happened. */
public record ManualCollisionReport(String phone, String creditCode, String idNumber, String name, String myFilingId,
                                    String statement) {
}
