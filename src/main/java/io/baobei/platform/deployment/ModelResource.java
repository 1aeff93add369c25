package io.baobei.platform.deployment;

/** A model file with the stable name it is deployed under, e.g. {@code dmn/protection-period.dmn}. */
public record ModelResource(String name, byte[] content) {
}
