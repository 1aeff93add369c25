package io.baobei.filing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

/** Who may decide on a filing comes from the filing row and the directory (issue 12). */
class FilingAuthorityTest {

    private final FilingRepository filings = mock(FilingRepository.class);
    private final StaffDirectory staff = mock(StaffDirectory.class);
    private final FilingAuthority authority = new FilingAuthority(filings, staff);

    @BeforeEach
    void anEastFilingOfRep1FollowedByRep2() {
        Filing filing = mock(Filing.class);
        when(filing.filer()).thenReturn("rep1");
        when(filing.follower()).thenReturn("rep2");
        when(filing.region()).thenReturn("east");
        when(filings.get("F-1")).thenReturn(filing);
        when(staff.managersOf("east")).thenReturn(List.of("manager1"));
        when(staff.isMember("salesmgmt1", Groups.SALES_MANAGEMENT)).thenReturn(true);
    }

    @Test
    void candidatesAreTheManagersOfTheFilingsRegion() {
        assertThat(authority.regionManagers("F-1")).isEqualTo("manager1");
        assertThat(authority.filer("F-1")).isEqualTo("rep1");
        assertThat(authority.follower("F-1")).isEqualTo("rep2");
    }

    @Test
    void onlyTheRegionsManagerApprovesAtTheFirstLevel() {
        assertThatCode(() -> authority.requireApprover("F-1", ApprovalLevel.REGIONAL_MANAGER, "manager1")).doesNotThrowAnyException();
        for (String other : new String[] {"rep1", "manager2", "salesmgmt1"}) {
            assertThatThrownBy(() -> authority.requireApprover("F-1", ApprovalLevel.REGIONAL_MANAGER, other))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> authority.requireRegionManager("F-1", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlySalesManagementApprovesAtTheSecondLevel() {
        assertThatCode(() -> authority.requireApprover("F-1", ApprovalLevel.SALES_MANAGEMENT, "salesmgmt1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> authority.requireApprover("F-1", ApprovalLevel.SALES_MANAGEMENT, "manager1"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFilerRevisesAndTheFollowerFollows() {
        assertThatCode(() -> authority.requireFiler("F-1", "rep1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> authority.requireFiler("F-1", "rep2")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authority.requireFiler("F-1", null)).isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> authority.requireFollower("F-1", "rep2")).doesNotThrowAnyException();
        assertThatThrownBy(() -> authority.requireFollower("F-1", "rep1")).isInstanceOf(AccessDeniedException.class);
    }
}
