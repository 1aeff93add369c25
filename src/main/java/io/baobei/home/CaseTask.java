package io.baobei.home;

import org.camunda.bpm.engine.task.Task;

import io.baobei.platform.engine.OpenTasks;

/** The caller's open task on a case, with its Tasklist link. */
public record CaseTask(String id, String name, String link) {

    static CaseTask of(Task task) {
        return new CaseTask(task.getId(), task.getName(), OpenTasks.tasklistLink(task));
    }
}
