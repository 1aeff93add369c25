package io.baobei.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import io.baobei.customer.CustomerDataConfiguration;
import io.baobei.customer.CustomerDataCipher;
import io.baobei.customer.CustomerDataKeys;
import io.baobei.customer.CustomerKeys;
import io.baobei.customer.Masking;
import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.CaseAccess;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.InvalidInputException;
import io.baobei.support.Filings;

/** The filing services on a real database (Flyway, H2), without the process engine. */
@JdbcTest
@ActiveProfiles("test")
@Import({FilingServicesTest.FixedClock.class, CustomerDataConfiguration.class, CustomerDataKeys.class,
        CustomerDataCipher.class, CustomerKeys.class, CustomerClaimRepository.class, CustomerProtection.class,
        FilingRepository.class, FilingEventRepository.class, FilingCustomerData.class, FilingRequestParser.class,
        FilingRegistrationService.class, ProtectionService.class, FilingApprovalService.class, MatchingKeysMigration.class,
        FilingAuthority.class, FalseFilings.class, FilingOwnershipService.class, FilingShareRepository.class})
class FilingServicesTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW.toInstant(), ZoneId.of("Asia/Shanghai"));
        }
    }

    @MockitoBean
    StaffDirectory staff;
    @MockitoBean
    CaseAccess caseAccess;

    @Autowired
    FilingRequestParser parser;
    @Autowired
    FilingRegistrationService registration;
    @Autowired
    ProtectionService protection;
    @Autowired
    FilingApprovalService approvals;
    @Autowired
    FilingRepository filings;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void regions() {
        when(staff.isRegion(anyString())).thenAnswer(call -> List.of("east", "west").contains(call.getArgument(0)));
        when(staff.managersOf("east")).thenReturn(List.of("manager1"));
        when(staff.managersOf("west")).thenReturn(List.of("manager2"));
    }

    @Test
    void aFilingClaimsEveryKeyOfItsCustomerAndIsStoredEncrypted() {
        Registration filed = registration.register(parser.parse(Filings.enterprise(1)), "rep1", "pi-1");

        assertThat(filed.status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        assertThat(filed.late()).isFalse();
        assertThat(claimTypes(filed.filingId())).containsExactlyInAnyOrder("PHONE", "CREDIT_CODE", "COMPANY_NAME");
        Filing stored = filings.get(filed.filingId());
        assertThat(stored.customer().customerName()).startsWith("v1:").doesNotContain("重庆");
        assertThat(stored.processInstanceId()).isEqualTo("pi-1");
    }

    @Test
    void theSameCustomerTypedDifferentlyByAnotherRepCollidesAndHoldsNothing() {
        Map<String, Object> customer = Filings.enterprise(2);
        String first = registration.register(parser.parse(customer), "rep1", "pi").filingId();
        Map<String, Object> retyped = new HashMap<>(customer);
        retyped.put("contactPhone", "１３９００００ ０００２");
        retyped.put("creditCode", ((String) customer.get("creditCode")).toLowerCase());

        Registration second = registration.register(parser.parse(retyped), "rep2", "pi");

        assertThat(second.status()).isEqualTo(FilingStatus.IN_COLLISION);
        assertThat(second.conflict().holderFilingId()).isEqualTo(first);
        assertThat(claimTypes(second.filingId())).isEmpty();
    }

    @Test
    void aRepFilingTheirOwnCustomerAgainIsToldTheirFiling() {
        Map<String, Object> customer = Filings.enterprise(3);
        String first = registration.register(parser.parse(customer), "rep1", "pi").filingId();

        assertThatThrownBy(() -> registration.register(parser.parse(customer), "rep1", "pi"))
                .isInstanceOfSatisfying(AlreadyFiledException.class, e -> assertThat(e.existingFilingId()).isEqualTo(first));
    }

    @Test
    void aRevisionKeepsMaskedFieldsAndReclaimsAChangedPhone() {
        Map<String, Object> customer = Filings.enterprise(4);
        String id = registration.register(parser.parse(customer), "rep1", "pi").filingId();
        Map<String, Object> form = new HashMap<>(customer);
        form.put("customerName", Masking.name((String) customer.get("customerName")));
        form.put("contactPhone", "13900009999");

        FilingRequest revised = registration.revise(id, "rep1", form).request();

        assertThat(revised.customerName()).isEqualTo(customer.get("customerName"));
        assertThat(revised.contactPhone()).isEqualTo("13900009999");
        assertThat(registration.register(parser.parse(Filings.enterprise(4)), "rep2", "pi").status())
                .as("the old phone is free, the company is not").isEqualTo(FilingStatus.IN_COLLISION);
        assertThatThrownBy(() -> registration.revise(id, "rep2", form)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withdrawingReleasesTheCustomer() {
        Map<String, Object> customer = Filings.enterprise(5);
        String id = registration.register(parser.parse(customer), "rep1", "pi").filingId();
        registration.withdraw(id, "rep1");

        assertThat(filings.get(id).status()).isEqualTo(FilingStatus.WITHDRAWN);
        assertThat(registration.register(parser.parse(customer), "rep2", "pi").status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void protectionRunsFromTheFilingAndADepositNeverShortensIt() {
        String id = registration.register(parser.parse(Filings.enterprise(6)), "rep1", "pi").filingId();

        assertThat(protection.start(id, 7)).isEqualTo(NOW.plusDays(7));
        assertThat(protection.recordDeposit(id, "rep1", 90)).isEqualTo(NOW.plusDays(90));
        assertThat(protection.recordDeposit(id, "rep1", 30)).as("a shorter table never cuts protection").isEqualTo(NOW.plusDays(90));
    }

    @Test
    void aFilingLessThanADayBeforeTheVisitIsLate() {
        Map<String, Object> customer = Filings.enterprise(7);
        customer.put("visitTime", "2026-11-28T08:59:00+08:00");
        assertThat(registration.register(parser.parse(customer), "rep1", "pi").late()).isTrue();
        Map<String, Object> onTime = Filings.enterprise(8);
        onTime.put("visitTime", "2026-11-28T09:00");
        assertThat(registration.register(parser.parse(onTime), "rep1", "pi").late()).isFalse();
    }

    @Test
    void rejectingNeedsACommentAndExcusingLatenessAReason() {
        String id = registration.register(parser.parse(Filings.enterprise(9)), "rep1", "pi").filingId();

        assertThatThrownBy(() -> approvals.decide(id, ApprovalLevel.REGIONAL_MANAGER, "manager1", Map.of("approved", false), false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(err -> err.field()).containsExactly("approvalComment"));
        assertThatThrownBy(() -> approvals.decide(id, ApprovalLevel.REGIONAL_MANAGER, "manager1", Map.of("approved", "maybe"), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("approved");
        assertThat(filings.get(id).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
        assertThat(approvals.decide(id, ApprovalLevel.REGIONAL_MANAGER, "manager1", Map.of("approved", "true"), true).decision()).isEqualTo(FilingApprovalService.Decision.APPROVED);
        assertThat(filings.get(id).status()).as("sales management still to approve").isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void onlyTheManagerOfTheFilingsRegionDecidesIt() {
        String id = registration.register(parser.parse(Filings.enterprise(10)), "rep1", "pi").filingId();

        for (String other : List.of("manager2", "rep1")) {
            assertThatThrownBy(() -> approvals.decide(id, ApprovalLevel.REGIONAL_MANAGER, other, Map.of("approved", true), false))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> approvals.decide(id, ApprovalLevel.SALES_MANAGEMENT, "manager1", Map.of("approved", true), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(filings.get(id).status()).isEqualTo(FilingStatus.PENDING_APPROVAL);
    }

    @Test
    void theParserNamesEveryBadField() {
        Map<String, Object> bad = new HashMap<>(Filings.individual());
        bad.put("customerType", "PERSON");
        bad.put("idNumber", "110105194912310021");
        bad.put("region", "north");
        bad.put("expectedAmount", "-5");
        bad.put("relativePhone", bad.get("contactPhone"));
        bad.put("customerStage", "SIGNED");

        assertThatThrownBy(() -> parser.parse(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(err -> err.field()).containsExactlyInAnyOrder(
                        "customerType", "idNumber", "region", "expectedAmount", "relativePhone", "customerStage"));
    }

    @Test
    void anEnterpriseNeedsItsCreditCodeAndLegalRepresentative() {
        Map<String, Object> enterprise = Filings.enterprise(10);
        enterprise.remove("creditCode");
        enterprise.put("legalRepresentative", " ");
        assertThatThrownBy(() -> parser.parse(enterprise)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(err -> err.field()).containsExactlyInAnyOrder("creditCode", "legalRepresentative"));
    }

    private List<String> claimTypes(String filingId) {
        return jdbc.sql("select key_type from customer_key_claim where filing_id = :f").param("f", filingId).query(String.class).list();
    }
}
