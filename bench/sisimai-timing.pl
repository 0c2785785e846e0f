#!/usr/bin/env perl
# Times Sisimai (the reference bounce analyser, Debian's libsisimai-perl) over the files given,
# inside one process and after a warm-up, so that Perl's and Sisimai's start-up do not count.
# Prints: files, seconds, recipients found.
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my @files = @ARGV;
die "no files\n" unless @files;
Sisimai->make($files[0], delivered => 1, vacation => 1);
my $recipients = 0;
my $start = time;
for my $file (@files) {
    my $found = Sisimai->make($file, delivered => 1, vacation => 1);
    $recipients += scalar @$found if defined $found;
}
printf "%d %.6f %d\n", scalar @files, time - $start, $recipients;
