package io.baobei.platform.security;

import java.util.List;

/** Who is asking: a user id and their groups. */
public record Caller(String userId, List<String> groups) {

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isInAny(String... candidates) {
        for (String group : candidates) {
            if (isIn(group)) {
                return true;
            }
        }
        return false;
    }
}
