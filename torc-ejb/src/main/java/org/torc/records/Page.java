package org.torc.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.Function;

/** One page of a list, in the contract's envelope. */
public record Page<T>(
        @JsonProperty("items") List<T> items,
        @JsonProperty("offset") long offset,
        @JsonProperty("max_limit") int maxLimit,
        @JsonProperty("count") int count,
        @JsonProperty("total_count") long totalCount,
        @JsonProperty("has_more") boolean hasMore) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalCount) {
        long offset = request.offset();
        return new Page<>(
                items,
                offset,
                PageRequest.MAX_LIMIT,
                items.size(),
                totalCount,
                offset + items.size() < totalCount);
    }

    public static <T> Page<T> empty(PageRequest request) {
        return of(List.of(), request, 0);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(
                items.stream().map(mapper).toList(), offset, maxLimit, count, totalCount, hasMore);
    }
}
