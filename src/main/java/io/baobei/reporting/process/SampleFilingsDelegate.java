package io.baobei.reporting.process;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.reporting.CollisionReviewService;
import io.baobei.reporting.FilingSampleReviewService;
import io.baobei.reporting.SampledFiling;

/**
 * {@code sample-filings} (M4): the month asked for (by hand) or, from the monthly timer, the month before;
 * a random sample of its filings is drawn and kept, listed masked for the reviewer, with one checklist option
 * per sampled filing ({@code falseFilingOptions}). A month drawn before is not drawn again
 * ({@code alreadyReviewed}).
 */
@Component
public class SampleFilingsDelegate implements JavaDelegate {

    private final FilingSampleReviewService reviews;
    private final CollisionReviewService periods;
    private final ObjectMapper json;

    public SampleFilingsDelegate(FilingSampleReviewService reviews, CollisionReviewService periods, ObjectMapper json) {
        this.reviews = reviews;
        this.periods = periods;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        Object asked = execution.getVariable("period");
        YearMonth period = asked == null || String.valueOf(asked).isBlank()
                ? periods.period(periods.previousPeriod()) : periods.period(asked);
        execution.setVariable("period", period.toString());
        execution.setProcessBusinessKey(period.toString());
        Optional<List<SampledFiling>> drawn = reviews.draw(period, execution.getProcessInstanceId());
        execution.setVariable("alreadyReviewed", drawn.isEmpty());
        List<SampledFiling> sample = drawn.orElse(List.of());
        execution.setVariable("sampledCount", sample.size());
        if (drawn.isPresent()) {
            execution.setVariable("populationSize", reviews.population(period.toString()));
            execution.setVariable("sampleList", reviews.markdown(sample));
            execution.setVariable("falseFilingOptions",
                    SpinValues.jsonValue(json.writeValueAsString(reviews.options(sample))).create());
        }
    }
}
