package io.baobei.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import io.baobei.platform.security.CurrentUser;
import io.baobei.platform.web.ApiExceptionHandler;

/** Thin check of status codes and JSON shapes, without a Spring context (MockMvc standalone). */
class CalendarControllerTest {

    private final InMemoryCalendarDays days = InMemoryCalendarDays.official2026();
    private final IdentityService identityService = mock(IdentityService.class);
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new CalendarController(new WorkingCalendar(days), new CurrentUser(identityService)))
                .setControllerAdvice(new ApiExceptionHandler())
                .build();
    }

    private void loginAs(String user, String... groups) {
        when(identityService.getCurrentAuthentication()).thenReturn(new Authentication(user, List.of(groups)));
    }

    @Test
    void getOfficialYear() throws Exception {
        loginAs("zhang", "sales");
        mvc.perform(get("/api/admin/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.coverage").value("OFFICIAL"))
                .andExpect(jsonPath("$.warning").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.days.length()").value(39))
                .andExpect(jsonPath("$.days[0].day").value("2026-01-01"))
                .andExpect(jsonPath("$.days[0].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[0].name").value("元旦"));
    }

    @Test
    void getYearWithoutEntriesWarns() throws Exception {
        loginAs("zhang");
        mvc.perform(get("/api/admin/calendar/2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coverage").value("WEEKENDS_ONLY"))
                .andExpect(jsonPath("$.warning").value(Matchers.allOf(
                        Matchers.containsString("2027年"), Matchers.containsString("weekends only"))))
                .andExpect(jsonPath("$.days.length()").value(0));
    }

    @Test
    void unauthenticatedIs401() throws Exception {
        mvc.perform(get("/api/admin/calendar/2026")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/admin/calendar/2027-01-01").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/admin/calendar/2026-10-10")).andExpect(status().isUnauthorized());
    }

    @Test
    void nonAdminIs403() throws Exception {
        loginAs("zhang", "sales");
        mvc.perform(put("/api/admin/calendar/2027-01-01").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}")).andExpect(status().isForbidden());
        mvc.perform(delete("/api/admin/calendar/2026-10-10")).andExpect(status().isForbidden());
        assertThat(days.entries).doesNotContainKey(LocalDate.parse("2027-01-01")).containsKey(LocalDate.parse("2026-10-10"));
    }

    @Test
    void adminPutsAndDeletes() throws Exception {
        loginAs("li", "hr-admin");
        mvc.perform(put("/api/admin/calendar/2027-01-01").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HOLIDAY\",\"name\":\" 元旦 \"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.day").value("2027-01-01"))
                .andExpect(jsonPath("$.kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.name").value("元旦"));
        assertThat(days.updatedBy).containsEntry(LocalDate.parse("2027-01-01"), "li");
        mvc.perform(get("/api/admin/calendar/2027"))
                .andExpect(jsonPath("$.coverage").value("OFFICIAL"))
                .andExpect(jsonPath("$.warning").value(Matchers.nullValue()));

        loginAs("demo", "camunda-admin");
        mvc.perform(delete("/api/admin/calendar/2027-01-01")).andExpect(status().isNoContent());
        mvc.perform(delete("/api/admin/calendar/2027-01-01")).andExpect(status().isNotFound());
        mvc.perform(get("/api/admin/calendar/2027")).andExpect(jsonPath("$.coverage").value("WEEKENDS_ONLY"));
    }

    @Test
    void badInputIs400NamingTheField() throws Exception {
        loginAs("li", "hr-admin");
        mvc.perform(put("/api/admin/calendar/2027-01-01").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"VACATION\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(put("/api/admin/calendar/2027-02-30").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HOLIDAY\",\"name\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("day", "name")));
        mvc.perform(put("/api/admin/calendar/not-a-date").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("day", "kind", "name")));
        mvc.perform(put("/api/admin/calendar/2027-01-01").contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(delete("/api/admin/calendar/20270101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("day"));
        mvc.perform(get("/api/admin/calendar/twenty"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        assertThat(days.entries).doesNotContainKey(LocalDate.parse("2027-01-01"));
    }
}
