package io.baobei.home;

import java.util.List;

/** The signed-in user as the staff page greets them, and the groups that decide which sections it offers. */
public record Me(String userId, String name, List<String> groups) {
}
