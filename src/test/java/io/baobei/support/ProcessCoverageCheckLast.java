package io.baobei.support;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/** Test classes in the order found, but {@link ProcessCoverageTest} after every process test it judges. */
public class ProcessCoverageCheckLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(
                (ClassDescriptor descriptor) -> descriptor.getTestClass() == ProcessCoverageTest.class));
    }
}
