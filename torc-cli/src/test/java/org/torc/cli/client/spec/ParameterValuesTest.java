package org.torc.cli.client.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {

    private static List<String> texts(String spec) {
        return ParameterValues.parse(spec).stream()
                .map(ParameterValue::text)
                .collect(Collectors.toList());
    }

    @Test
    void integerRangesIncludeBothEnds() {
        assertEquals(List.of("1", "2", "3"), texts("1:3"));
        assertEquals(List.of("1", "6", "11"), texts("1:12:5"));
        assertEquals(List.of("5", "3", "1"), texts("5:1:-2"));
        assertEquals(List.of(), texts("5:4:2"));
    }

    @Test
    void decimalRangesAreExact() {
        assertEquals(List.of("0.0", "0.1", "0.2", "0.3"), texts("0.0:0.3:0.1"));
        assertEquals(List.of("1.5", "2.5"), texts("1.5:3"));
    }

    @Test
    void listsKeepTheTypeOfEachItem() {
        List<ParameterValue> values = ParameterValues.parse("[1, 2.5, 'train', test]");
        assertEquals(new ParameterValue.Integer(1), values.get(0));
        assertEquals("2.5", values.get(1).text());
        assertEquals(new ParameterValue.Text("train"), values.get(2));
        assertEquals(new ParameterValue.Text("test"), values.get(3));
    }

    @Test
    void acceptsARangeWrappedInBraces() {
        assertEquals(3, texts("{1:3}").size());
    }

    @Test
    void refusesMalformedRanges() {
        assertThrows(IllegalArgumentException.class, () -> ParameterValues.parse("1:10:0"));
        assertThrows(IllegalArgumentException.class, () -> ParameterValues.parse("a:b"));
        assertThrows(IllegalArgumentException.class, () -> ParameterValues.parse("1:2:3:4"));
        assertThrows(IllegalArgumentException.class, () -> ParameterValues.parse("1:100000000"));
    }
}
