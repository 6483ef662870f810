-- Which papers did an author write, newest first, and at which author position?
SELECT pa.author, pa.position + 1 AS position, p.title, p.year, p.venue
FROM paper_authors pa JOIN paper p ON p.id = pa.paper_id
WHERE pa.author = 'Xinwei Long'
ORDER BY p.year DESC, p.title;
