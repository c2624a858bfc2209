// Browser tests build and crawl whole sites; give hooks and tests room (speed is measured in the bench, not here).
jest.setTimeout(300_000);
