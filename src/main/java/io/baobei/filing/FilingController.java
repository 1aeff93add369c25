package io.baobei.filing;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.baobei.filing.CustomerLookupService.LookupResult;
import io.baobei.platform.security.CurrentUser;

@RestController
@RequestMapping("/api")
public class FilingController {

    private final FilingProcessStarter starter;
    private final FilingQueryService queries;
    private final CustomerLookupService lookups;
    private final CurrentUser currentUser;

    public FilingController(FilingProcessStarter starter, FilingQueryService queries, CustomerLookupService lookups,
                            CurrentUser currentUser) {
        this.starter = starter;
        this.queries = queries;
        this.lookups = lookups;
        this.currentUser = currentUser;
    }

    @PostMapping("/filings")
    public ResponseEntity<Map<String, Object>> file(@RequestBody Map<String, Object> body) {
        currentUser.require(); // the engine files in the authenticated user's name
        return ResponseEntity.status(HttpStatus.CREATED).body(starter.start(body));
    }

    @GetMapping("/filings/{filingId}")
    public FilingView filing(@PathVariable String filingId) {
        return queries.view(filingId, currentUser.require());
    }

    @GetMapping("/customers/lookup")
    public LookupResult lookup(@RequestParam(required = false) String phone,
                               @RequestParam(required = false) String creditCode,
                               @RequestParam(required = false) String idNumber,
                               @RequestParam(required = false) String name,
                               @RequestParam(required = false) String propertyId) {
        return lookups.lookup(currentUser.require().userId(), phone, creditCode, idNumber, name, propertyId);
    }
}
