package io.baobei.collision;

/**
 * A help registration on a filing that does not exist, no longer runs, or belongs to another region's rep:
 * one answer for all three, so that the refusal does not tell which filing ids exist or are active.
 */
public class FilingNotAssistableException extends RuntimeException {

    public FilingNotAssistableException() {
        super("没有可登记协助的报备：只能协助本区域同事仍在跟进中的有效报备");
    }
}
