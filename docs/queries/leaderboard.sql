-- What is the leaderboard on each dataset: the reported scores, best first, per metric?
-- Uses the leaderboard view; add  WHERE dataset = 'SQuAD 1.1' AND metric = 'F1'  for one board.
SELECT dataset, metric, method, value, unit, year, title
FROM leaderboard
ORDER BY dataset, metric, value DESC;
