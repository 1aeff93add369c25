-- Deleting a task makes the engine look for its subtasks by PARENT_TASK_ID_, a column Camunda leaves
-- without an index on PostgreSQL (camunda/camunda#36824): each protection lapse scanned every open task.
create index if not exists act_idx_task_parent_task on act_ru_task (parent_task_id_);
