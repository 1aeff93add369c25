package io.baobei.notification;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.baobei.platform.engine.OpenTasks;

/**
 * The Tasklist link of the recipient's open task on the case a notification is about (a filing or a
 * collision). Looked up when the message is read, so the link leads to the task that is open now, and to
 * none once it is done.
 */
@Component
public class TaskLinks {

    private static final Pattern CASE_LINK = Pattern.compile("^/api/(?:filings|collisions)/([^/?#]+)$");

    private final OpenTasks openTasks;

    public TaskLinks(OpenTasks openTasks) {
        this.openTasks = openTasks;
    }

    public Optional<String> of(String recipient, String caseLink) {
        if (caseLink == null) {
            return Optional.empty();
        }
        Matcher matcher = CASE_LINK.matcher(caseLink);
        return matcher.matches() ? openTasks.of(recipient, matcher.group(1)).map(OpenTasks::tasklistLink) : Optional.empty();
    }
}
