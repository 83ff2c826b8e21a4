#!/bin/sh
# Regenerates the provider's one media clip (see README.md). Run from any directory.
# 12 s of testsrc2 with a burnt-in timestamp, a 440 Hz tone, H.264 Constrained Baseline + AAC-LC,
# written once as an MP4 (movies, episodes) and once as six 2 s MPEG-TS segments (live, catch-up).
# MPEG-TS files are named .m2ts: jest and tsc would pick up *.ts files under test/.
set -eu
cd "$(dirname "$0")"
VBR=100k
ABR=32k
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf
rm -rf hls clip.mp4
mkdir hls
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i testsrc2=size=640x360:rate=25:duration=12 \
  -f lavfi -i sine=frequency=440:sample_rate=44100:duration=12 \
  -vf "drawtext=fontfile=$FONT:text='%{pts\:hms} f=%{n}':x=(w-tw)/2:y=(h-th)/2:fontsize=36:fontcolor=white:box=1:boxcolor=black@0.6" \
  -c:v libx264 -profile:v baseline -level 3.0 -pix_fmt yuv420p -preset veryfast \
  -b:v $VBR -maxrate $VBR -bufsize 400k -g 50 -keyint_min 50 -sc_threshold 0 \
  -c:a aac -b:a $ABR -ac 2 -ar 44100 \
  -map 0:v -map 1:a -movflags +faststart clip.mp4 \
  -map 0:v -map 1:a \
  -c:v libx264 -profile:v baseline -level 3.0 -pix_fmt yuv420p -preset veryfast \
  -b:v $VBR -maxrate $VBR -bufsize 400k -g 50 -keyint_min 50 -sc_threshold 0 \
  -c:a aac -b:a $ABR -ac 2 -ar 44100 \
  -muxdelay 0 -muxpreload 0 \
  -f hls -hls_time 2 -hls_playlist_type vod -hls_segment_type mpegts \
  -hls_segment_filename 'hls/seg%03d.m2ts' hls/index.m3u8
