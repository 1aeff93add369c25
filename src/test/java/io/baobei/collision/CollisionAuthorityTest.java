package io.baobei.collision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.StaffDirectory;

/** Who negotiates and who arbitrates comes from the collision row and the directory (issue 12). */
class CollisionAuthorityTest {

    private final CollisionRepository collisions = mock(CollisionRepository.class);
    private final StaffDirectory staff = mock(StaffDirectory.class);
    private final CollisionAuthority authority = new CollisionAuthority(collisions, staff);

    @BeforeEach
    void rep1AndRep2CollideInTheEast() {
        Collision collision = mock(Collision.class);
        when(collision.firstRep()).thenReturn("rep1");
        when(collision.secondRep()).thenReturn("rep2");
        when(collision.region()).thenReturn("east");
        when(collision.involves("rep1")).thenReturn(true);
        when(collision.involves("rep2")).thenReturn(true);
        when(collisions.get("C-1")).thenReturn(collision);
        when(staff.managersOf("east")).thenReturn(List.of("manager1"));
    }

    @Test
    void theTwoRepsNegotiateAndTheFirstRegionsManagersArbitrate() {
        assertThat(authority.negotiators("C-1")).containsExactly("rep1", "rep2");
        assertThat(authority.arbitrators("C-1")).isEqualTo("manager1");
    }

    @Test
    void eachRepProposesOnlyForHimself() {
        assertThatCode(() -> authority.requireNegotiator("C-1", "rep2", "rep2")).doesNotThrowAnyException();
        assertThatThrownBy(() -> authority.requireNegotiator("C-1", "rep2", "rep1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authority.requireNegotiator("C-1", "rep3", "rep3")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheFirstRegionsManagerArbitrates() {
        assertThatCode(() -> authority.requireArbitrator("C-1", "manager1")).doesNotThrowAnyException();
        for (String other : new String[] {"rep2", "rep1", "manager2"}) {
            assertThatThrownBy(() -> authority.requireArbitrator("C-1", other)).as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> authority.requireArbitrator("C-1", null)).isInstanceOf(AccessDeniedException.class);
    }
}
