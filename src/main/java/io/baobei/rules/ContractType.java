package io.baobei.rules;

import java.util.Set;

/** A type of CONTRACT.md's decision tables, and the DMN {@code typeRef}s that carry it. */
public enum ContractType {

    STRING("string", Set.of("string")),
    INTEGER("integer", Set.of("integer")),
    // "number" values may have decimals (amounts, hours): an integer or long column would refuse them
    NUMBER("number", Set.of("double")),
    BOOLEAN("boolean", Set.of("boolean"));

    private final String contractName;
    private final Set<String> typeRefs;

    ContractType(String contractName, Set<String> typeRefs) {
        this.contractName = contractName;
        this.typeRefs = typeRefs;
    }

    public String contractName() {
        return contractName;
    }

    public boolean acceptsTypeRef(String typeRef) {
        return typeRef != null && typeRefs.contains(typeRef.trim().toLowerCase());
    }

    /** What a refusal says the column should be, e.g. {@code double（number）}. */
    public String expected() {
        String refs = String.join(" 或 ", typeRefs.stream().sorted().toList());
        return refs.equals(contractName) ? refs : refs + "（合同类型 " + contractName + "）";
    }
}
