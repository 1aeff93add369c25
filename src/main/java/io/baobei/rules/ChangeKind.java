package io.baobei.rules;

/** How a version deployed from the rules page came about. */
public enum ChangeKind {

    EDIT("在线编辑"),
    UPLOAD("上传文件"),
    ROLLBACK("回滚");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
