package io.baobei.reporting.process;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.reporting.RecognitionService;

/**
 * {@code propose-recognition} (X9): after the sample review, the month's best filers are proposed; HR's
 * form lists them ({@code recognitionList}) with one checklist option each ({@code recognitionOptions}).
 */
@Component
public class ProposeRecognitionDelegate implements JavaDelegate {

    private final RecognitionService recognition;
    private final ObjectMapper json;

    public ProposeRecognitionDelegate(RecognitionService recognition, ObjectMapper json) {
        this.recognition = recognition;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        var proposals = recognition.propose(YearMonth.parse((String) execution.getVariable("period")));
        execution.setVariable("recognitionCount", proposals.size());
        if (!proposals.isEmpty()) {
            execution.setVariable("recognitionList", recognition.markdown(proposals));
            execution.setVariable("recognitionOptions",
                    SpinValues.jsonValue(json.writeValueAsString(recognition.options(proposals))).create());
        }
    }
}
